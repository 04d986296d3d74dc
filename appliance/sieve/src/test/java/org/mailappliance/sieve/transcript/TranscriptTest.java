package org.mailappliance.sieve.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
