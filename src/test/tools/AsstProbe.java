// Times assistant questions on a 1M-row profile (made on first use with the bench generator, seed 42):
// java -cp "target/classes:target/lib/*" src/test/tools/AsstProbe.java DB "question" ... (-Dreps=N asks each, best shown)
import java.nio.file.*; import java.time.*; import java.util.*;
import io.spendsense.service.*; import io.spendsense.domain.*; import io.spendsense.persistence.*;
import io.spendsense.assistant.*;
public class AsstProbe {
  public static void main(String[] a) throws Exception {
    Path db = Path.of(a[0]); LocalDate today = LocalDate.parse("2026-01-15");
    var clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    boolean fresh = !Files.exists(db);
    try (Services s = Services.open(db, clock)) {
      if (fresh) {
        s.auth().register("probe", null, null, "password1", "USD");
        var who = s.auth().signIn("probe", "password1");
        var repo = new ExpenseRepository(s.database().transactions());
        Map<String, Long> cats = new HashMap<>(); var batch = new ArrayList<ExpenseDraft>();
        new ExpenseGenerator(42).generate(today.minusYears(10).plusDays(1), today, 1_000_000, g -> {
          long c = cats.computeIfAbsent(g.category(), n -> s.categories().findOrCreate(who, n).id());
          batch.add(new ExpenseDraft(g.date(), g.amount(), c, g.description(), g.payee(), null)); });
        s.database().transactions().run(() -> repo.insertAll(who.id(), batch, clock.instant()));
      }
      var who = s.auth().signIn("probe", "password1");
      var asst = new Assistant(s.categories(), s.expenses(), s.summaries(), clock);
      asst.ask(who, new Conversation(), "help", today);
      for (int i = 1; i < a.length; i++) {
        long best = Long.MAX_VALUE; String ans = "";
        for (int r = 0; r < Integer.getInteger("reps", 5); r++) { long t = System.nanoTime(); var x = asst.ask(who, new Conversation(), a[i], today); best = Math.min(best, System.nanoTime() - t); ans = String.valueOf(x); }
        System.out.printf("%.1f ms  %s%n      %s%n", best / 1e6, a[i], ans.length() > 200 ? ans.substring(0, 200) : ans);
      }
    }
  }
}
