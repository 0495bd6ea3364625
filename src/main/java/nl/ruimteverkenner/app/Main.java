package nl.ruimteverkenner.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.ruimteverkenner.cli.CommandLine;

/**
 * Entry point of the runnable jar. With any argument (a command such as {@code validate}, or an option such
 * as {@code --version} or {@code --help}) it runs headless and never touches JavaFX; without arguments it
 * starts the desktop application.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.isCommand(args[0]) && !opensFile(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(new CommandLine(out, err).run(args));
        }
        Startup.milestone("main()");
        Preload.start(args);
        GuiLauncher.launch(args);
    }

    /**
     * Whether the arguments are one shared scenario file ({@code .ruimte}), as the installed app's file association
     * passes it on a double-click: that opens the desktop application, not the command line.
     */
    static boolean opensFile(String[] args) {
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".ruimte");
    }
}
