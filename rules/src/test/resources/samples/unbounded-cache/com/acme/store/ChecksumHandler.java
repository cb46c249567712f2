package com.acme.store;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Keeps every checksum it computes. The only methods that empty the lists share their names with library methods
 * the handler calls: {@code crc.reset()} is CRC32's, so {@code ChecksumLog.reset} runs from no handler; what
 * {@code ByteBuffer.wrap(...)} returns is the library's to say, so its {@code rewind()} may be
 * {@code ChecksumLog.rewind} for all the analysis knows.
 */
public class ChecksumHandler implements RequestHandler<StoreRequest, String> {

    @Override
    public String handleRequest(StoreRequest request, Context context) {
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        ChecksumLog.record(crc.getValue());
        crc.reset();
        ChecksumLog.keep(body.length);
        ByteBuffer.wrap(body).rewind();
        return Long.toString(crc.getValue());
    }
}

final class ChecksumLog {
    private static final List<Long> SUMS = new ArrayList<>(); // Noncompliant {{in ChecksumLog.reset runs from no handler}}
    private static final List<Integer> SIZES = new ArrayList<>();

    private ChecksumLog() {
    }

    static void record(long sum) {
        SUMS.add(sum);
    }

    static void reset() {
        SUMS.clear();
    }

    static void keep(int size) {
        SIZES.add(size);
    }

    static void rewind() {
        SIZES.clear();
    }
}
