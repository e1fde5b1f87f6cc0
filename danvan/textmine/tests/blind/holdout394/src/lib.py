"""Helpers: pages and labels are written side by side in batch files."""

def Q(surface, value, unit, qualifier="exact"):
    # surface is kept only for checking; it is dropped from the JSON
    return {"surface": surface, "value": value, "unit": unit, "qualifier": qualifier}

def D(type_, number, symbol, date=None, issuer=None, surface=None):
    return {"surface": surface, "type": type_, "number": number, "symbol": symbol,
            "date": date, "issuer": issuer}

def P(name, *titles):
    return {"name": name, "titles": list(titles)}

def page(slug, text, published, title, event, people, quantities, documents, places,
         not_people, not_money):
    return dict(slug=slug, text=text.strip("\n") + "\n", published=published, title=title,
                event=event, people=people, quantities=quantities, documents=documents,
                places=places, not_people=not_people, not_money=not_money)

def E(kind, period, date):
    return {"kind": kind, "period": period, "date": date}

def prov(n):
    return {"name": n, "level": "province"}

def com(n):
    return {"name": n, "level": "commune"}
