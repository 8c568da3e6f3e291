package id.surel.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, valid applicants for tests that share one database. */
public final class TestApplicants {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900));
    private static final String[] FIRST = {"Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Wulan", "Hendra"};
    private static final String[] LAST = {"Santoso", "Rahmawati", "Pratama", "Lestari", "Hidayat", "Nugroho"};

    private TestApplicants() {
    }

    /** A plausible NIP: born 1970-1999, appointed 25 years later, serial unique in this run. */
    public static String nip() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int year = 1970 + r.nextInt(30);
        int serial = SERIAL.incrementAndGet() % 1000;
        return "%04d%02d%02d%04d%02d%d%03d".formatted(year, 1 + r.nextInt(12), 1 + r.nextInt(28), year + 25,
                1 + r.nextInt(12), 1 + r.nextInt(2), serial)
                + "";
    }

    /** A two-word name that, with a random third word, does not collide with other tests' addresses. */
    public static String name() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + token();
    }

    public static String contactEmail() {
        return "pemohon." + token() + "@contoh.test";
    }

    private static String token() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
