package org.stmj.transform.desugar;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Lambda and concatenation sites of every kind {@link Desugar} rewrites (and some it leaves); see DesugarTest. */
public class DesugarFixture {
    private final String name;

    public DesugarFixture(String name) {
        this.name = name;
    }

    interface Marker {
    }

    interface WithDefault {
        String base();

        default Supplier<String> twice() {
            return () -> base() + base();
        }
    }

    private String secret(String s) {
        return name + ":" + s;
    }

    /** A nested class whose lambda calls a private method of the outer class (a nestmate). */
    static final class Inner {
        Function<DesugarFixture, String> peek() {
            return f -> f.secret("inner");
        }
    }

    private static Supplier<String> constant() {
        return () -> "constant";
    }

    /** Runs every site and returns what they computed, one line each. */
    public static String run() {
        List<String> out = new ArrayList<>();
        DesugarFixture f = new DesugarFixture("fx");
        out.add(constant().get());
        out.add(String.valueOf(constant() == constant()));
        int k = 41;
        long big = 1L << 40;
        Supplier<String> capturing = () -> f.name + (k + 1) + big;
        out.add(capturing.get());
        Function<String, Integer> parse = Integer::parseInt;
        out.add(String.valueOf(parse.apply("123") + 1));
        ToIntFunction<String> length = String::length;
        out.add(String.valueOf(length.applyAsInt("four")));
        Function<String, String> bound = "pre-"::concat;
        out.add(bound.apply("fix"));
        Supplier<List<String>> make = ArrayList::new;
        List<String> made = make.get();
        made.add("made");
        out.add(made.toString());
        IntBinaryOperator max = Math::max;
        out.add(String.valueOf(max.applyAsInt(3, 9)));
        BiFunction<Integer, Integer, Integer> minus = (a, b) -> a - b;
        out.add(String.valueOf(minus.apply(10, 4)));
        Function<String, String> priv = f::secret;
        out.add(priv.apply("private"));
        out.add(new Inner().peek().apply(f));
        WithDefault wd = () -> "ab";
        out.add(wd.twice().get());
        Runnable marked = (Runnable & Marker) () -> out.add("marked");
        marked.run();
        out.add(String.valueOf(marked instanceof Marker));
        Supplier<String> ser = (Supplier<String> & Serializable) () -> "serializable";
        out.add(ser.get());
        Object nothing = null;
        char c = 'c';
        byte b = 7;
        short s = 300;
        float fl = 1.5f;
        double d = 2.25;
        boolean t = true;
        out.add("s=" + k + "," + big + "," + c + "," + b + "," + s + "," + fl + "," + d + "," + t + "," + nothing
                + "," + f.name + "," + made + "," + "\u0001\u0002" + k);
        out.add(k + "" + c);
        return String.join("\n", out);
    }
}
