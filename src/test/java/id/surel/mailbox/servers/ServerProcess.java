package id.surel.mailbox.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real server (slapd, dovecot) run as a child process from a temporary folder on a free high port, kept in the
 * foreground so that its PID is ours to stop; a JVM shutdown hook stops it too if a test run is cut short.
 */
public final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Path folder;
    private final Path log;
    private Process process;
    private Thread hook;

    private ServerProcess(String name, Path folder) {
        this.name = name;
        this.folder = folder;
        this.log = folder.resolve(name + ".out");
    }

    /** A fresh temporary folder, readable by the unprivileged users that mail servers drop to. */
    public static ServerProcess in(String name) {
        try {
            Path folder = Files.createTempDirectory("surel-" + name + "-");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            return new ServerProcess(name, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails (never skips) when the Debian package is missing, saying how to install it. */
    public static void requireBinary(String path, String packages) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " tidak terpasang / is not installed. Jalankan / run"
                    + " `bash scripts/test.sh`, which installs the Debian packages " + packages + ".");
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Path write(String file, String content) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory(String relative, String permissions) {
        try {
            Path path = Files.createDirectories(folder.resolve(relative));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the command and waits until the port accepts connections. */
    public void start(List<String> command, int port) {
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        Process started = process;
        hook = new Thread(started::destroyForcibly, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped at start-up (exit " + process.exitValue() + "):\n"
                        + output());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException(name + " did not open port " + port + " in time:\n" + output());
    }

    /** What the server printed, plus any log file it wrote into its folder, for failure messages. */
    public String output() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".out") || f.toString().endsWith(".log"))
                    .toList()) {
                out.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        } catch (IOException e) {
            out.append("(cannot read logs: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing left to remove
            }
            process = null;
        }
        deleteFolder();
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
