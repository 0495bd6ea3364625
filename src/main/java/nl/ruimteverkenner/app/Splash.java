package nl.ruimteverkenner.app;

import java.awt.SplashScreen;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The JVM's splash image: {@code SplashScreen-Image} in the jar's manifest ({@code java -jar}), or {@code -splash:}
 * (the installed app's launcher, {@code mvn javafx:run}). The launcher shows it before any Java code runs; JavaFX does
 * not close it, so this does, once the main window's frame is on screen (the window is blank until then with
 * software rendering), or at once for a command that opens no window. AWT is only asked (about 20 ms: its splash library and classes, no toolkit) where a splash can be on
 * screen: never with {@code -Djava.awt.headless=true}, nor on Linux and other X11 systems without a display.
 */
final class Splash {
    private static volatile CompletableFuture<SplashScreen> found;

    private Splash() {
    }

    /**
     * Looks for the splash image on a worker thread (off the path to the window) and logs {@link Startup#SPLASH_SHOWN}
     * when there is one: the splash was on screen at the latest by then.
     */
    static void detect() {
        if (!mayHaveSplash()) {
            return;
        }
        found = CompletableFuture.supplyAsync(() -> {
            SplashScreen s = splashScreen();
            if (s != null) {
                Startup.event(Startup.SPLASH_SHOWN);
            }
            return s;
        }, r -> {
            Thread t = new Thread(r, "splash");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Closes the splash image if one is on screen (any thread; waits for {@link #detect()} if it is still asking). */
    static void close() {
        if (!mayHaveSplash()) {
            return;
        }
        try {
            CompletableFuture<SplashScreen> f = found;
            SplashScreen s = f != null ? f.join() : splashScreen();
            if (s != null && s.isVisible()) {
                s.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException | CompletionException e) {
            // closed meanwhile, or no splash support here (HeadlessException is an UnsupportedOperationException)
        }
    }

    /**
     * On macOS the splash image is closed at once, before JavaFX starts: AWT's splash and JavaFX both want the
     * application's main thread there (the installer leaves {@code -splash:} out on macOS for the same reason).
     */
    static void closeIfMac() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            close();
        }
    }

    private static SplashScreen splashScreen() {
        try {
            return SplashScreen.getSplashScreen();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            return null;
        }
    }

    /**
     * Whether the launcher can have shown a splash image, decided without touching AWT: not headless by property,
     * and on an X11 system a display to show it on.
     */
    private static boolean mayHaveSplash() {
        if (Boolean.getBoolean("java.awt.headless")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isEmpty();
    }
}
