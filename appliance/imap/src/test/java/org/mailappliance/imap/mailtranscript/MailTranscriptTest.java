package org.mailappliance.imap.mailtranscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mailappliance.connector.api.testing.Transcripts;

/** Runs every {@code src/test/resources/mail-transcripts/*.txt} as its own test, on a fresh H2 store. */
class MailTranscriptTest {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        List<Path> files = Transcripts.files(MailTranscriptTest.class, "mail-transcripts");
        assertThat(files).as("mail transcript files").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            try (MailTranscriptRunner runner = new MailTranscriptRunner(f)) {
                runner.run();
            }
        }));
    }
}
