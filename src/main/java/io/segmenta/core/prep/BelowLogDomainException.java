package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;

/** A customer's value lies below -1 in a feature the preparation log-transforms, where log(1 + x) is not defined. */
public final class BelowLogDomainException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    BelowLogDomainException(String message) {
        super(message);
    }
}
