"""The schuurpunten question of a generated benchmark scenario, answered with GeoPandas (the peer the analyse command
is measured against; see AnalyseScaleBenchmark).

    python3 geopandas_peer.py <scenario folder> <pairs.csv>

Reads every layer (GeoJSON, WGS84), projects to RD New (EPSG:28992), and for each rule of rules.json intersects the
a features with the b features, grown by the rule's buffer (8 segments a quarter circle, as the embedded engine does).
A pair counts when its overlap has an area of at least 1 m2 (the engine's sliver limit). Writes one line per pair:
rule, a id, b id, area in hectares; prints the number of pairs and the seconds spent. The generated scenarios tag
every feature with its layer's id, so a rule's tag is its layer; horizons are all 2030.
"""
import csv
import json
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd


def main():
    t0 = time.time()
    folder = Path(sys.argv[1])
    scenario = json.loads((folder / "scenario.json").read_text(encoding="utf-8"))
    rules = json.loads((folder / "rules.json").read_text(encoding="utf-8"))["rules"]
    layers = {}
    for layer in scenario["layers"]:
        frame = gpd.read_file(folder / layer["file"])[["id", "geometry"]]
        layers[layer["id"]] = frame.to_crs(28992)
    t_read = time.time() - t0
    pairs = 0
    with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        for rule in rules:
            a = layers[rule["a"]["tags"][0]]
            b = layers[rule["b"]["tags"][0]]
            d = float(rule.get("bufferMeters", 0))
            if d > 0:
                b = gpd.GeoDataFrame({"id": b["id"]}, geometry=b.geometry.buffer(d, 8), crs=b.crs)
            joined = gpd.sjoin(a, b, predicate="intersects", lsuffix="a", rsuffix="b")
            joined = joined[joined["id_a"] != joined["id_b"]]
            ga = a.geometry.loc[joined.index].values
            gb = b.geometry.loc[joined["index_b"]].values
            overlap = gpd.GeoSeries(ga).intersection(gpd.GeoSeries(gb))
            area = overlap.area.values
            keep = area >= 1.0
            centre = gpd.GeoSeries(overlap.values[keep]).representative_point()
            for ia, ib, ha, c in zip(joined["id_a"].values[keep], joined["id_b"].values[keep], area[keep] / 10_000,
                                     centre):
                w.writerow([rule["id"], ia, ib, f"{ha:.2f}"])
                pairs += 1
    print(json.dumps({"pairs": pairs, "readSeconds": round(t_read, 2), "seconds": round(time.time() - t0, 2)}))


if __name__ == "__main__":
    main()
