# Shared by the admin command-line tools: find the admin HTTP endpoint from imapd.conf and call it with admin
# credentials kept out of argv (a curl config file readable only by us).
# Admin identity: -a (default: the first of imapd.conf `admins`); its password from APPLIANCE_ADMIN_PASSWORD,
# else imapd.conf `bootstrap_password` (development configs), else a prompt on the terminal.

admin_conf=${IMAPD_CONF:-/etc/imapd.conf}
admin_user=

confval() { sed -n "s/^$1:[[:space:]]*//p" "$admin_conf" | tail -n 1; }

admin_call() { # method path [curl args...]; the request body, if any, comes from stdin
  local method=$1 path=$2; shift 2
  [ -r "$admin_conf" ] || { echo "cannot read $admin_conf (use -C)" >&2; return 66; }
  local port addr user pass
  port=$(confval admin_http_port); port=${port:-8080}
  addr=$(confval admin_http_address); addr=${addr:-127.0.0.1}
  user=${admin_user:-$(confval admins | awk '{print $1}')}
  pass=${APPLIANCE_ADMIN_PASSWORD:-$(confval bootstrap_password)}
  if [ -z "$pass" ]; then
    read -r -s -p "Password for admin $user: " pass </dev/tty; echo >&2
  fi
  local cfg; cfg=$(mktemp); chmod 600 "$cfg"
  printf 'user = "%s:%s"\n' "$user" "$pass" > "$cfg"
  local out code
  out=$(mktemp)
  code=$(curl -sS -K "$cfg" -o "$out" -w '%{http_code}' -X "$method" "$@" "http://$addr:$port/mail/admin/$path") || code=000
  rm -f "$cfg"
  if [ "${code:0:1}" != 2 ]; then
    echo "admin endpoint answered $code: $(cat "$out")" >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

urlencode() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
