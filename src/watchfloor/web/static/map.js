// The overview's map: Leaflet over a basemap drawn from world-atlas (Natural Earth countries,
// TopoJSON converted by topojson-client). No tile server: every file comes from this server.
// Place names are shown with textContent only, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el) {
    return;
  }
  if (!window.L || !window.topojson) {
    el.textContent = "The map's scripts are not built: run `make setup`.";
    el.classList.add("missing");
    return;
  }
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");
  map.setView([25, 20], 2);

  fetch(el.dataset.basemap)
    .then(function (response) {
      if (!response.ok) {
        throw new Error("basemap " + response.status);
      }
      return response.json();
    })
    .then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      // Drawn flat, Antarctica's ring around the pole and rings across the 180th meridian
      // (Russia, Fiji) would streak the whole map: drop the one, make the others continuous.
      countries.features = countries.features.filter(function (f) {
        return f.properties.name !== "Antarctica";
      });
      countries.features.forEach(function (f) {
        unwrap(f.geometry);
      });
      L.geoJSON(countries, {
        interactive: false,
        style: { color: "#8a9bab", weight: 0.6, fillColor: "#e9edf1", fillOpacity: 1 },
      }).addTo(map).bringToBack();
      el.dataset.basemapLoaded = "true";
    })
    .catch(function (err) {
      el.dataset.basemapError = String(err);
    });

  function unwrapRing(ring) {
    for (var i = 1; i < ring.length; i++) {
      var step = ring[i][0] - ring[i - 1][0];
      if (step > 180) {
        ring[i][0] -= 360;
      } else if (step < -180) {
        ring[i][0] += 360;
      }
    }
  }

  function unwrap(geometry) {
    if (!geometry) {
      return;
    }
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      polygon.forEach(unwrapRing);
    });
  }

  function eventsLink(place) {
    var url = new URL(el.dataset.events, window.location.origin);
    if (place.country_code) {
      url.searchParams.set("country", place.country_code);
    }
    if (place.admin1) {
      url.searchParams.set("admin1", place.admin1);
    }
    return url.pathname + url.search;
  }

  function popup(place) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = [place.name, place.admin1, place.country].filter(Boolean)
      .filter(function (v, i, a) { return a.indexOf(v) === i; }).join(", ");
    box.appendChild(title);
    box.appendChild(document.createElement("br"));
    var link = document.createElement("a");
    link.href = eventsLink(place);
    link.textContent = place.events + " event(s)" + (place.admin1 ? " in this province" : "");
    box.appendChild(link);
    return box;
  }

  function drawPlaces(places) {
    var markers = [];
    var top = places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
    places.forEach(function (place) {
      var radius = 3 + 17 * Math.sqrt(place.events / top);
      var marker = L.circleMarker([place.lat, place.lon], {
        radius: radius,
        color: "#7b1e12",
        weight: 1,
        fillColor: "#c0392b",
        fillOpacity: 0.55,
      });
      marker.bindPopup(popup(place));
      marker.addTo(map);
      markers.push(marker);
    });
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 5, animate: false });
    }
    var count = document.getElementById("map-count");
    if (count) {
      count.textContent = String(places.length);
    }
    el.dataset.markers = String(markers.length);
  }

  fetch(el.dataset.places)
    .then(function (response) {
      if (!response.ok) {
        throw new Error("places " + response.status);
      }
      return response.json();
    })
    .then(drawPlaces)
    .catch(function (err) {
      el.dataset.placesError = String(err);
    });
})();
