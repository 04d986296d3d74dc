// LoginBench.java - IMAP login throughput: connect, TLS (STARTTLS or implicit), AUTHENTICATE (SCRAM-SHA-256 or
// PLAIN, with SASL-IR), LOGOUT, in a loop on --concurrency threads for --duration seconds. Prints one JSON line:
// label, ops (completed logins), ops_per_s, p50_ms, p99_ms, errors. Run with `java bin/LoginBench.java ...`.
//
// Options: --host 127.0.0.1 --port N --tls starttls|implicit --mech SCRAM-SHA-256|PLAIN --users 30 --user-base 2
//          --user-prefix user --password pass --concurrency 8 --duration 30 --label NAME
// The client trusts any certificate (it measures servers, not PKI) and caches SCRAM's salted password per user,
// salt and iteration count, as real clients may, so that its own PBKDF2 does not eat the CPU it measures.

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class LoginBench {
    static final Map<String, String> OPT = new HashMap<>();
    static final Map<String, byte[]> SALTED = new ConcurrentHashMap<>();
    static SSLContext tls;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            OPT.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        int concurrency = Integer.parseInt(OPT.getOrDefault("concurrency", "8"));
        double duration = Double.parseDouble(OPT.getOrDefault("duration", "30"));
        long end = System.nanoTime() + (long) (duration * 1e9);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        String firstError[] = {null};
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long n = counter.getAndIncrement();
                    String user = OPT.getOrDefault("user-prefix", "user")
                            + (Integer.parseInt(OPT.getOrDefault("user-base", "2"))
                            + n % Integer.parseInt(OPT.getOrDefault("users", "30")));
                    long t0 = System.nanoTime();
                    try {
                        login(user);
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = user + ": " + e;
                            }
                        }
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (firstError[0] != null) {
            System.err.println("first error: " + firstError[0]);
        }
        System.out.printf(java.util.Locale.ROOT,
                "{\"label\":\"%s\",\"ops\":%d,\"ops_per_s\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"errors\":%d}%n",
                OPT.getOrDefault("label", "server"), sorted.size(), sorted.size() / seconds, pct(sorted, 50),
                pct(sorted, 99), errors.get());
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** One complete login; throws on anything but the expected answers. */
    static void login(String user) throws Exception {
        String host = OPT.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(OPT.get("port"));
        boolean implicit = OPT.getOrDefault("tls", "starttls").equals("implicit");
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(host, port), 10_000);
        plain.setSoTimeout(30_000);
        plain.setTcpNoDelay(true);
        Socket s = plain;
        try {
            BufferedReader in;
            OutputStream out;
            if (implicit) {
                s = tls.getSocketFactory().createSocket(plain, host, port, true);
                ((SSLSocket) s).startHandshake();
            }
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            out = s.getOutputStream();
            expect(in.readLine(), "* OK");
            if (!implicit) {
                send(out, "s STARTTLS");
                tagged(in, "s");
                s = tls.getSocketFactory().createSocket(plain, host, port, true);
                ((SSLSocket) s).startHandshake();
                in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                out = s.getOutputStream();
            }
            String password = OPT.getOrDefault("password", "pass");
            if (OPT.getOrDefault("mech", "SCRAM-SHA-256").equalsIgnoreCase("PLAIN")) {
                send(out, "a AUTHENTICATE PLAIN " + b64(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8)));
                tagged(in, "a");
            } else {
                scram(in, out, user, password);
            }
            send(out, "l LOGOUT");
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("l ")) {
                // BYE and friends
            }
            if (line == null || !line.startsWith("l OK")) {
                throw new IllegalStateException("LOGOUT: " + line);
            }
        } finally {
            s.close();
        }
    }

    static void scram(BufferedReader in, OutputStream out, String user, String password) throws Exception {
        byte[] nonceBytes = new byte[18];
        new SecureRandom().nextBytes(nonceBytes);
        String cnonce = b64(nonceBytes);
        String bare = "n=" + user + ",r=" + cnonce;
        send(out, "a AUTHENTICATE SCRAM-SHA-256 " + b64(("n,," + bare).getBytes(StandardCharsets.UTF_8)));
        String challenge = in.readLine();
        expect(challenge, "+ ");
        String serverFirst = new String(Base64.getDecoder().decode(challenge.substring(2).trim()), StandardCharsets.UTF_8);
        Map<String, String> f = attributes(serverFirst);
        if (!f.get("r").startsWith(cnonce)) {
            throw new IllegalStateException("server nonce does not extend ours");
        }
        byte[] salt = Base64.getDecoder().decode(f.get("s"));
        int iterations = Integer.parseInt(f.get("i"));
        byte[] salted = SALTED.computeIfAbsent(user + "/" + f.get("s") + "/" + iterations, k -> pbkdf2(password, salt,
                iterations));
        String withoutProof = "c=biws,r=" + f.get("r");
        String authMessage = bare + "," + serverFirst + "," + withoutProof;
        byte[] clientKey = hmac(salted, "Client Key");
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
        byte[] signature = hmac(storedKey, authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        send(out, b64((withoutProof + ",p=" + b64(proof)).getBytes(StandardCharsets.UTF_8)));
        String line = in.readLine();
        if (line != null && line.startsWith("+")) {
            String serverFinal = new String(Base64.getDecoder().decode(line.substring(1).trim()), StandardCharsets.UTF_8);
            String expected = b64(hmac(hmac(salted, "Server Key"), authMessage));
            if (!serverFinal.equals("v=" + expected)) {
                throw new IllegalStateException("bad server signature: " + serverFinal);
            }
            send(out, "");
            line = in.readLine();
        }
        while (line != null && line.startsWith("* ")) {
            line = in.readLine();
        }
        expect(line, "a OK");
    }

    static Map<String, String> attributes(String message) {
        Map<String, String> m = new HashMap<>();
        for (String part : message.split(",")) {
            int eq = part.indexOf('=');
            if (eq == 1) {
                m.put(part.substring(0, 1), part.substring(2));
            }
        }
        return m;
    }

    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return f.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    static void tagged(BufferedReader in, String tag) throws Exception {
        String line;
        while ((line = in.readLine()) != null && !line.startsWith(tag + " ")) {
            // untagged data
        }
        expect(line, tag + " OK");
    }

    static void expect(String line, String prefix) {
        if (line == null || !line.startsWith(prefix)) {
            throw new IllegalStateException("expected " + prefix + "..., got " + line);
        }
    }

    static void send(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
