package nl.ruimteverkenner.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version: {@code Implementation-Version} from the jar's manifest, else the
 * {@code version.properties} Maven fills in at build time (running from the class folders), else "onbekend".
 */
public final class Version {
    private Version() {
    }

    /** The version, e.g. "0.1.0-SNAPSHOT". */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = Version.class.getResourceAsStream("/nl/ruimteverkenner/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String fromBuild = p.getProperty("version", "");
                if (!fromBuild.isBlank() && !fromBuild.contains("${")) {
                    return fromBuild.strip();
                }
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "onbekend";
    }
}
