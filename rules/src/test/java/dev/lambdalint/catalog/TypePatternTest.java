package dev.lambdalint.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypePatternTest {

    @Test
    void aGlobWithoutWildcardMatchesOnlyItself() {
        TypePattern exact = TypePattern.of("com.amazonaws.services.s3.AmazonS3Client");
        assertTrue(exact.matches("com.amazonaws.services.s3.AmazonS3Client"));
        assertFalse(exact.matches("com.amazonaws.services.s3.AmazonS3ClientBuilder"));
        assertFalse(exact.matches("com.amazonaws.services.s3.AmazonS3Clien"));
    }

    @Test
    void oneStarStaysWithinASegmentTwoStarsSpanSegments() {
        TypePattern one = TypePattern.of("software.amazon.awssdk.services.*.*Client");
        assertTrue(one.matches("software.amazon.awssdk.services.s3.S3Client"));
        assertFalse(one.matches("software.amazon.awssdk.services.s3.model.S3Client"));
        assertFalse(one.matches("software.amazon.awssdk.servicesX.s3.S3Client"));
        TypePattern two = TypePattern.of("com.zaxxer.**");
        assertTrue(two.matches("com.zaxxer.hikari.HikariDataSource"));
        assertFalse(two.matches("com.zaxxe.hikari.HikariDataSource"));
    }

    @Test
    void theLiteralPrefixIsNotTakenForAMatch() {
        // a name that starts like the glob but fails its wildcard part
        TypePattern pattern = TypePattern.of("java.net.http.*Client");
        assertFalse(pattern.matches("java.net.http.HttpRequest"));
        assertTrue(pattern.matches("java.net.http.HttpClient"));
        assertTrue(TypePattern.anyMatches(List.of("a.B", "java.net.http.*Client"), "java.net.http.HttpClient"));
        assertFalse(TypePattern.anyMatches(List.of(), "java.net.http.HttpClient"));
    }
}
