def P(name, *titles): return {"name": name, "titles": list(titles)}
def Q(value, unit, qual="exact"): return {"value": value, "unit": unit, "qualifier": qual}
def D(type_, number, symbol, date, issuer): return {"type": type_, "number": number, "symbol": symbol, "date": date, "issuer": issuer}
def PL(name, level="province"): return {"name": name, "level": level}
def L(published, title, kind, period, date, people, quantities, documents, places, not_people, not_money):
    return {"published": published, "title": title, "event": {"kind": kind, "period": period, "date": date},
            "people": people, "quantities": quantities, "documents": documents, "places": places,
            "not": {"people": not_people, "money": not_money}}
