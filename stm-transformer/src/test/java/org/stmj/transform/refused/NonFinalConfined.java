package org.stmj.transform.refused;

import org.stmj.api.annotation.ThreadConfined;

/** A confined class must be final (its claim snapshots the fields it declares). */
@ThreadConfined
public class NonFinalConfined {
    int x;
}
