package io.segmenta.core.rfm;

import java.util.Arrays;

/**
 * An open-addressing hash table from {@code long} keys to {@code int} values, for the tens of
 * millions of lookups of one pass over a transaction log without boxing: customer-invoice pairs,
 * customer-product pairs, customer-category counts and numeric codes. {@link Long#MIN_VALUE} is
 * not a valid key.
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

    /** Adds one to the value under {@code key} (0 when absent). */
    void increment(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i]++;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = 1;
                if (++size > growAt) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Calls {@code action} with every key and value, in no particular order. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
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
