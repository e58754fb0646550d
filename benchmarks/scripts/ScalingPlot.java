import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws speed-up against threads from the CSV that benchmarks/scripts/scaling.py writes (header
 * {@code program,mode,threads,speedup}): one chart per mode side by side, one line per program, and the ideal
 * line. Run as a single-file program with XChart on the class path:
 * {@code java -cp xchart-3.8.8.jar benchmarks/scripts/ScalingPlot.java in.csv out.png "title"}.
 */
public class ScalingPlot {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScalingPlot in.csv out.png [title]");
            System.exit(2);
        }
        String title = args.length > 2 ? args[2] : "speed-up against threads";
        // mode -> program -> threads -> speed-up
        Map<String, Map<String, TreeMap<Integer, Double>>> data = new LinkedHashMap<>();
        int maxThreads = 1;
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            int n = Integer.parseInt(f[2].trim());
            maxThreads = Math.max(maxThreads, n);
            data.computeIfAbsent(f[1].trim(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f[0].trim(), k -> new TreeMap<>()).put(n, Double.parseDouble(f[3].trim()));
        }
        List<XYChart> charts = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeMap<Integer, Double>>> m : data.entrySet()) {
            XYChart c = new XYChartBuilder().width(520).height(420)
                    .title(m.getKey().toUpperCase() + " mode: " + title)
                    .xAxisTitle("threads").yAxisTitle("speed-up vs 1 thread under the GIL").build();
            c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
            c.getStyler().setXAxisDecimalPattern("0");
            c.getStyler().setYAxisDecimalPattern("0.00");
            c.getStyler().setYAxisMin(0.0);
            double[] ideal = new double[maxThreads];
            double[] xs = new double[maxThreads];
            for (int i = 0; i < maxThreads; i++) {
                xs[i] = i + 1;
                ideal[i] = i + 1;
            }
            XYSeries s0 = c.addSeries("ideal", xs, ideal);
            s0.setMarker(SeriesMarkers.NONE);
            s0.setLineColor(java.awt.Color.LIGHT_GRAY);
            for (Map.Entry<String, TreeMap<Integer, Double>> p : m.getValue().entrySet()) {
                double[] x = new double[p.getValue().size()];
                double[] y = new double[x.length];
                int i = 0;
                for (Map.Entry<Integer, Double> e : p.getValue().entrySet()) {
                    x[i] = e.getKey();
                    y[i] = e.getValue();
                    i++;
                }
                c.addSeries(p.getKey(), x, y);
            }
            charts.add(c);
        }
        BitmapEncoder.saveBitmap(charts, 1, charts.size(), args[1].replaceFirst("\\.png$", ""),
                BitmapEncoder.BitmapFormat.PNG);
    }
}
