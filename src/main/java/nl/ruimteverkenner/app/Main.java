package nl.ruimteverkenner.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.ruimteverkenner.cli.CommandLine;

/**
 * Entry point of the runnable jar. With any argument (a command such as {@code validate}, or an option such
 * as {@code --version} or {@code --help}) it runs headless and never touches JavaFX; without arguments it
 * starts the desktop application, and so it does with one argument naming an existing shared scenario
 * ({@code .ruimte}), as an installer's file association passes it, which it then opens.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.isCommand(args[0]) && !CommandLine.opensInApp(args)) {
            // a command opens no window: the splash image of `java -jar` goes at once
            Splash.close();
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(new CommandLine(out, err).run(args));
        }
        Startup.milestone("main()");
        Splash.detect();
        Splash.closeIfMac();
        Preload.start(args);
        Startup.milestone("preload started");
        GuiLauncher.launch(args);
    }
}
