package io.segmenta.core.rfm;

import java.util.Arrays;

/**
 * An open-addressing hash table from {@code long} keys to {@code int} values, for the millions of
 * lookups of coding a numeric or date column of a transaction log without boxing ({@link ColumnCodes}).
 * {@link Long#MIN_VALUE} is not a valid key.
 */
final class LongIntHash {
    private static final long EMPTY = Long.MIN_VALUE;
    private static final double LOAD = 0.6;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private int growAt;

    LongIntHash(int expected) {
        long wanted = Math.min(1 << 30, Math.max(16, (long) (expected / LOAD) + 1));
        allocate(Integer.highestOneBit((int) (wanted - 1)) << 1);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        mask = capacity - 1;
        growAt = (int) (capacity * LOAD);
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * The value stored under {@code key}; when there is none, stores {@code value} and returns
     * {@code -1 - value}, so a caller that stores only values >= 0 can tell a new key by the sign.
     */
    int putIfAbsent(long key, int value) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size > growAt) {
                    grow();
                }
                return -1 - value;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != EMPTY) {
                int i = hash(key) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = oldValues[j];
            }
        }
    }
}
