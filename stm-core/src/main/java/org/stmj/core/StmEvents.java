package org.stmj.core;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import jdk.jfr.Timespan;

/**
 * The engine's JDK Flight Recorder events: {@code org.stmj.Commit}, {@code org.stmj.Abort} (cause, kind, site,
 * both sides' source locations), {@code org.stmj.Inevitable} (reason, location) and
 * {@code org.stmj.LongTransaction} (transactions longer than 10 ms by default). They cost one check of a
 * static flag per transaction until Flight Recorder is initialised in the JVM (for example by
 * {@code -XX:StartFlightRecording} or {@code jcmd JFR.start}): the event classes are not even loaded before,
 * because loading the first event class initialises JFR's machinery (measured: over a second on a loaded
 * machine). Once it is, each event type costs what JFR makes it cost: nothing much when disabled in the
 * recording's settings.
 */
final class StmEvents {
    private StmEvents() {
    }

    /** Whether the {@code jdk.jfr} module is present (a trimmed runtime may lack it). */
    private static final boolean AVAILABLE = available();

    private static boolean available() {
        try {
            Class.forName("jdk.jfr.FlightRecorder", false, StmEvents.class.getClassLoader());
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Whether Flight Recorder has been initialised in this JVM (a recording may run). */
    static boolean on() {
        return AVAILABLE && FlightRecorder.isInitialized();
    }

    @Name("org.stmj.Commit")
    @Label("STM Commit")
    @Category("stmj")
    @Description("A transaction committed; the duration spans all its attempts")
    @StackTrace(false)
    static final class CommitEvent extends Event {
        @Label("Length")
        @Description("Boundaries (interpreter bytecodes) in the transaction; 0 for an atomic scope")
        int length;
        @Label("Aborted attempts")
        int attempts;
        @Label("Atomic scope")
        boolean atomicScope;
    }

    @Name("org.stmj.LongTransaction")
    @Label("STM Long Transaction")
    @Category("stmj")
    @Description("A transaction that took longer than the threshold, all its attempts included")
    @Threshold("10 ms")
    static final class LongTransactionEvent extends Event {
        @Label("Length")
        int length;
        @Label("Aborted attempts")
        int attempts;
        @Label("Atomic scope")
        boolean atomicScope;
    }

    @Name("org.stmj.Abort")
    @Label("STM Abort")
    @Category("stmj")
    @Description("A transaction attempt rolled back, with the cause and the conflict site")
    static final class AbortEvent extends Event {
        @Label("Cause")
        String cause;
        @Label("Kind")
        String kind;
        @Label("Java location")
        String site;
        @Label("Source location")
        String source;
        @Label("Other side")
        String other;
        @Label("Access")
        String access;
        @Label("Time lost")
        @Timespan(Timespan.NANOSECONDS)
        long lost;
    }

    @Name("org.stmj.Inevitable")
    @Label("STM Inevitable")
    @Category("stmj")
    @Description("A transaction became inevitable")
    static final class InevitableEvent extends Event {
        @Label("Reason")
        String reason;
        @Label("Source location")
        String source;
    }

    /** The events of one running transaction (kept in {@link Txn#event} while Flight Recorder is on). */
    private static final class Running {
        final CommitEvent commit = new CommitEvent();
        final LongTransactionEvent longTx = new LongTransactionEvent();
    }

    /** At the begin of a transaction: starts its events' clocks when a recording may run. */
    static void begin(Txn t) {
        if (!on()) {
            t.event = null;
            return;
        }
        Running r = new Running();
        r.commit.begin();
        r.longTx.begin();
        t.event = r;
    }

    /** After a transaction committed. */
    static void commit(Txn t) {
        Object o = t.event;
        if (o == null) {
            return;
        }
        t.event = null;
        Running r = (Running) o;
        int len = t.topAtomic ? 0 : t.boundariesPassed();
        r.commit.end();
        if (r.commit.shouldCommit()) {
            r.commit.length = len;
            r.commit.attempts = t.attempts;
            r.commit.atomicScope = t.topAtomic;
            r.commit.commit();
        }
        r.longTx.end();
        if (r.longTx.shouldCommit()) {
            r.longTx.length = len;
            r.longTx.attempts = t.attempts;
            r.longTx.atomicScope = t.topAtomic;
            r.longTx.commit();
        }
    }

    static void abort(AbortCause cause, String site, String source, String other, String access, String kind,
                      long lost) {
        if (!on()) {
            return;
        }
        AbortEvent e = new AbortEvent();
        if (e.isEnabled()) {
            e.cause = cause.name();
            e.kind = kind;
            e.site = site;
            e.source = source;
            e.other = other;
            e.access = access;
            e.lost = lost;
            e.commit();
        }
    }

    static void inevitable(String reason, String source) {
        if (!on()) {
            return;
        }
        InevitableEvent e = new InevitableEvent();
        if (e.isEnabled()) {
            e.reason = reason;
            e.source = source;
            e.commit();
        }
    }
}
