package dev.iia.io;

import java.io.IOException;
import java.nio.file.Path;

/** Holds the lock of the file named by its argument until its input closes: another process for {@link LockFileTest}. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (LockFile lock = LockFile.acquire(Path.of(args[0]))) {
            System.out.println("locked " + lock.path());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to close our input or kill us.
            }
        }
    }
}
