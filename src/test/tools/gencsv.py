# Writes N generated expense rows in the canonical CSV layout (date,amount,payee,description,category).
import csv, random, sys, datetime
path, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(15)
payees = ["Uber", "Whole Foods", "Shell", "Netflix", "Amazon", "Starbucks", "Target", "Comcast", "Chipotle", "CVS",
          "Delta", "Lyft", "Costco", "Trader Joe's", "Home Depot", "Spotify", "Apple", "Walgreens", "IKEA", "Kroger"]
cats = ["Food", "Transport", "Shopping", "Bills", "Entertainment", "Health", "Travel", "Other"]
start = datetime.date(2016, 1, 1)
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "amount", "payee", "description", "category"])
    for i in range(n):
        p = rnd.choice(payees)
        d = start + datetime.timedelta(days=rnd.randrange(3650))
        w.writerow([d.isoformat(), "%d.%02d" % (rnd.randrange(1, 500), rnd.randrange(100)), p,
                    "%s purchase %d" % (p, rnd.randrange(300)), rnd.choice(cats)])
