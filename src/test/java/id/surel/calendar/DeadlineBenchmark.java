package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how many deadlines and year-long working-time measurements one thread computes per second on the seed
 * calendars. A figure to read, not a timed assertion (machines differ); it takes a second or two.
 */
@Tag("benchmark")
class DeadlineBenchmark {

    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = Duration.ofDays(365).toSeconds();
    private static final List<TimeStandard> STANDARDS = List.of("30 menit", "90 Menit", "1-3 jam", "1 hari",
            "2 Hari", "5 hari kerja").stream().map(TimeStandard::parse).toList();

    private final WorkingCalendar bogor = Calendars.bogor();
    private final Random random = new Random(42);

    @Test
    void printsDeadlineComputationsPerSecond() {
        measure("deadline computations per second (random start in 2026, SOP time standards)", 200_000, () -> {
            Instant start = YEAR_START.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS));
            return bogor.deadline(start, STANDARDS.get(random.nextInt(STANDARDS.size())));
        });
        measure("year-long deadline computations per second (225 working days ahead)", 10_000, () -> bogor
                .addWorkingDays(YEAR_START.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS)), 225));
        measure("workingTimeBetween over a year, computations per second", 10_000, () -> bogor.workingTimeBetween(
                YEAR_START.plusSeconds(random.nextInt(86_400)), YEAR_START.plus(Duration.ofDays(365))));
    }

    private static void measure(String what, int iterations, Supplier<Object> work) {
        for (int i = 0; i < iterations / 4; i++) {
            assertThat(work.get()).isNotNull();
        }
        long started = System.nanoTime();
        Object last = null;
        for (int i = 0; i < iterations; i++) {
            last = work.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(last).isNotNull();
        System.out.printf(Locale.ROOT, "[DeadlineBenchmark] %s: %,.0f (%,d in %.2f s, %.2f µs each)%n", what,
                iterations / seconds, iterations, seconds, seconds * 1e6 / iterations);
    }
}
