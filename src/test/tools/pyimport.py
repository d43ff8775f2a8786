# The yardstick: Python's C sqlite3 module inserting the same rows, parsed from the same CSV, executemany in
# one transaction, one index on (user_id, expense_date).
import csv, sqlite3, sys, time, os
src, db = sys.argv[1], sys.argv[2]
if os.path.exists(db): os.remove(db)
t0 = time.time()
c = sqlite3.connect(db)
c.execute("create table expenses (id integer primary key, user_id integer not null, category text, amount_cents integer not null, expense_date text not null, description text, payee text)")
c.execute("create index ix_user_date on expenses (user_id, expense_date)")
with open(src, newline="") as f:
    r = csv.reader(f); next(r)
    rows = ((1, row[4], int(row[1].replace(".", "")), row[0], row[3], row[2]) for row in r)
    c.execute("begin")
    c.executemany("insert into expenses (user_id, category, amount_cents, expense_date, description, payee) values (?,?,?,?,?,?)", rows)
    c.commit()
c.close()
print("python-import-s=%.2f" % (time.time() - t0))
