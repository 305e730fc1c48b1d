package io.segmenta.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the tests' real servers (PostgreSQL, MariaDB) share: a server that could not start skips, except in CI. */
final class TestServers {
    private TestServers() {
    }

    /**
     * {@code running}, or the test is skipped with {@code reason} when it is null; under {@code CI=true} a
     * missing server fails the test instead, so CI never passes without the part.
     */
    static <T> T runningOrSkip(T running, String reason) {
        if (running == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(reason);
            }
            assumeTrue(false, reason);
        }
        return running;
    }
}
