package org.mailappliance.imap.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mailappliance.connector.api.testing.Transcripts;

/** Runs every {@code src/test/resources/transcripts/*.txt} as its own test. */
class TranscriptTest {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        List<Path> files = Transcripts.files(TranscriptTest.class);
        assertThat(files).as("transcript files").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> new TranscriptRunner(f).run()));
    }

    @Test
    void wildcardMatchesAnyTextIncludingNone() {
        assertThat(TranscriptRunner.pattern("a1 OK ...").matcher("a1 OK User logged in").matches()).isTrue();
        assertThat(TranscriptRunner.pattern("a1 OK ...").matcher("a1 OK ").matches()).isTrue();
        assertThat(TranscriptRunner.pattern("a1 OK [X] ...").matcher("a1 OK [Y] z").matches()).isFalse();
        assertThat(TranscriptRunner.pattern("* OK (x)").matcher("* OK (x) more").matches()).isFalse();
    }
}
