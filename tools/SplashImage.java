import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the splash image the JVM shows before any Java code runs ({@code SplashScreen-Image} in the jar's manifest,
 * {@code -splash:} for the installed app and {@code mvn javafx:run}): the start-up card of the window (white card,
 * thin border, the application's name in bold) with the icon and three dots instead of a step, so the image needs no
 * translation. Run from the repository root:
 * {@code java -Djava.awt.headless=true tools/SplashImage.java src/main/resources/nl/ruimteverkenner/app/splash.png}.
 */
public final class SplashImage {
    private static final int WIDTH = 440;
    private static final int HEIGHT = 150;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "src/main/resources/nl/ruimteverkenner/app/splash.png");
        BufferedImage icon = ImageIO.read(new File("assets/installer/ruimteverkenner.png"));
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // the window's background around the card (StartupOverlay: #efece5), the card itself and its border
        g.setColor(new Color(0xefece5));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        RoundRectangle2D card = new RoundRectangle2D.Double(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 12, 12);
        g.setColor(new Color(0xfcfbf9));
        g.fill(card);
        g.setColor(new Color(0xd8d3c9));
        g.setStroke(new BasicStroke(1f));
        g.draw(card);

        int iconSize = 96;
        int iconX = 30;
        int iconY = (HEIGHT - iconSize) / 2;
        g.drawImage(icon, iconX, iconY, iconSize, iconSize, null);

        Font title = new Font("DejaVu Sans", Font.BOLD, 27);
        g.setFont(title);
        g.setColor(new Color(0x222222));
        int textX = iconX + iconSize + 24;
        int baseline = HEIGHT / 2 + 2;
        g.drawString("Ruimteverkenner", textX, baseline);

        // three dots in the accent colour (-rv-accent), fading: "busy", in no language
        Color accent = new Color(0x1f5f8b);
        float[] alpha = {1f, 0.6f, 0.3f};
        for (int i = 0; i < 3; i++) {
            g.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), Math.round(alpha[i] * 255)));
            g.fill(new Ellipse2D.Double(textX + 2 + i * 20, baseline + 20, 9, 9));
        }
        g.dispose();
        out.getAbsoluteFile().getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        System.out.println(out + ": " + WIDTH + "x" + HEIGHT);
    }
}
