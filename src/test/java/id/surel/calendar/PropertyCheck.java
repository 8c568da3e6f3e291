package id.surel.calendar;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-test runner: checks a property on many generated samples. The seed is random per run and
 * printed on failure; {@code -Dsurel.property.seed=N} replays a failing run.
 */
final class PropertyCheck {

    static final int TRIES = 1_000;

    private PropertyCheck() {
    }

    static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
        forAll(TRIES, generator, property);
    }

    static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        long seed = Long.getLong("surel.property.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            T sample = generator.apply(random);
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + i + " for " + sample + " (replay with -Dsurel"
                        + ".property.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }
}
