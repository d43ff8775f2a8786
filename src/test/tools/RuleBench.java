import io.spendsense.service.Services;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Times rule preview and apply on an existing database, three passes over every rule of a profile:
 * {@code java -cp "target/classes:target/lib/*" src/test/tools/RuleBench.java DB USER PASSWORD}
 * (make the database with {@code spendsense bench --db DB}, add rules with {@code spendsense rule add}).
 */
public class RuleBench {
    public static void main(String[] a) {
        try (var s = Services.open(Path.of(a[0]), Clock.systemUTC())) {
            var who = s.auth().signIn(a[1], a[2]);
            var rules = s.rules().list(who);
            for (int i = 0; i < 3; i++) {
                for (var r : rules) {
                    long t0 = System.nanoTime();
                    int n = s.rules().preview(who, r).size();
                    long t1 = System.nanoTime();
                    int c = s.rules().apply(who, r.id());
                    long t2 = System.nanoTime();
                    System.out.printf("rule %d: preview %d rows %.2f s, apply %d rows %.2f s%n", r.id(), n,
                            (t1 - t0) / 1e9, c, (t2 - t1) / 1e9);
                }
            }
        }
    }
}
