package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Before any thread has a descriptor, the lookup answers null without the thread-local (what a lambda bridge of
 * transformed code asks at every call in an uninstrumented one-thread run); registering still works after that,
 * for the registering thread and for others. Runs on a fresh copy of the engine's classes (its own class loader),
 * since other tests of this JVM have registered descriptors already.
 */
class DescriptorLookupBeforeRegistrationTest {

    @Test
    void whenNoThreadHasRegistered_thenLookupIsNullAndLaterRegistrationsAreFound() throws Exception {
        URL classes = Txn.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> slots = Class.forName("org.stmj.core.TxnSlots", true, fresh);
            Class<?> txn = Class.forName("org.stmj.core.Txn", true, fresh);
            Method lookup = slots.getDeclaredMethod("lookup");
            Method descriptor = txn.getDeclaredMethod("descriptor");
            Method current = txn.getDeclaredMethod("current");
            Field any = slots.getDeclaredField("anyRegistered");
            lookup.setAccessible(true);
            descriptor.setAccessible(true);
            any.setAccessible(true);

            assertNull(lookup.invoke(null));
            assertNull(current.invoke(null));
            assertEquals(false, any.get(null));

            Object mine = descriptor.invoke(null);
            assertEquals(true, any.get(null));
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
}
