package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Before any thread has a descriptor, the lookup answers null without the thread-local (what a lambda bridge of
 * transformed code asks at every call in an uninstrumented one-thread run); registering still works after that,
 * for the registering thread and for others. {@link Descriptors#anyRegistered} answers the bridge's first question
 * without loading the engine's transaction classes. Runs on a fresh copy of the engine's classes (its own class
 * loader), since other tests of this JVM have registered descriptors already.
 */
class DescriptorLookupBeforeRegistrationTest {

    @Test
    void whenNoThreadHasRegistered_thenLookupIsNullAndLaterRegistrationsAreFound() throws Exception {
        URL classes = Txn.class.getProtectionDomain().getCodeSource().getLocation();
        try (Fresh fresh = new Fresh(classes)) {
            Method anyRegistered = Class.forName("org.stmj.core.Descriptors", true, fresh).getMethod("anyRegistered");
            assertEquals(false, anyRegistered.invoke(null));
            assertFalse(fresh.loaded("org.stmj.core.Txn") || fresh.loaded("org.stmj.core.TxnSlots")
                    || fresh.loaded("org.stmj.core.Config"), "asking Descriptors loaded the engine");

            Class<?> slots = Class.forName("org.stmj.core.TxnSlots", true, fresh);
            Class<?> txn = Class.forName("org.stmj.core.Txn", true, fresh);
            Method lookup = slots.getDeclaredMethod("lookup");
            Method descriptor = txn.getDeclaredMethod("descriptor");
            Method current = txn.getDeclaredMethod("current");
            lookup.setAccessible(true);
            descriptor.setAccessible(true);

            assertNull(lookup.invoke(null));
            assertNull(current.invoke(null));
            assertEquals(false, anyRegistered.invoke(null));

            Object mine = descriptor.invoke(null);
            assertEquals(true, anyRegistered.invoke(null));
            assertSame(mine, lookup.invoke(null));
            assertSame(mine, descriptor.invoke(null));

            AtomicReference<Object> before = new AtomicReference<>(mine);
            AtomicReference<Object> registered = new AtomicReference<>();
            AtomicReference<Object> after = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    before.set(lookup.invoke(null));
                    registered.set(descriptor.invoke(null));
                    after.set(lookup.invoke(null));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            other.join();
            assertNull(before.get());
            assertSame(registered.get(), after.get());
            assertSame(mine, lookup.invoke(null));
        }
    }

    /** A loader of its own copy of the engine that says which classes it has loaded. */
    private static final class Fresh extends URLClassLoader {
        Fresh(URL classes) {
            super(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
