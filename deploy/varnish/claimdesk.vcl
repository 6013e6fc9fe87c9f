# Varnish 7.1 (Debian's `varnish`) in front of ClaimDesk's app instances. Reader pages are cached
# here and purged by the app when a verdict is published, corrected or unpublished
# (lib/cache-purge/); the desk, sign-in, the API, server actions, any other method than GET/HEAD
# and every request that carries a session cookie go straight to the app.
#
# The site-specific part (app instances, who may purge) is claimdesk-site.vcl, found on vcl_path:
# copy claimdesk-site.example.vcl next to this file and edit it.
vcl 4.1;

import std;
import directors;

probe claimdesk_probe {
    .url = "/login";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

include "claimdesk-site.vcl";

# The session cookies of Auth.js v5 (large ones are split into .0, .1, ...).
sub claimdesk_has_session {
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token(\.[0-9]+)?=") {
        set req.http.X-Claimdesk-Session = "1";
    }
}

# The one place that decides what, besides the URL, a cached page depends on. Today nothing: reader
# pages are the same for everyone, so every cookie is dropped. When reader pages vary by language,
# keep the locale cookie here (cookie.keep) and set X-Claimdesk-Variant from it or from a normalised
# Accept-Language; vcl_hash adds the variant to the key, and purges drop all variants of a path.
sub claimdesk_cache_key {
    unset req.http.Cookie;
    set req.http.X-Claimdesk-Variant = "";
}

# PURGE <path> with X-Purge-Scope "path" (the default: that path with any query string) or "tree"
# (that path and everything below it), from the addresses in claimdesk_purgers only. Implemented as
# bans on the stored path, so the ban lurker clears matching objects in the background.
sub claimdesk_purge {
    if (client.ip !~ claimdesk_purgers) {
        return (synth(403, "Purging is not allowed from this address"));
    }
    if (req.http.X-Purge-Scope == "tree") {
        # Ids are letters, digits, "_" and "-": nothing a regular expression would read specially.
        if (req.url !~ "^/[A-Za-z0-9/_-]*$") {
            return (synth(400, "A tree purge takes a path of letters, digits, /, _ and -"));
        }
        if (!std.ban("obj.http.X-Claimdesk-Path ~ ^" + req.url + "(/|$)")) {
            return (synth(400, std.ban_error()));
        }
    } else {
        if (req.url !~ "^/[A-Za-z0-9/._-]*$") {
            return (synth(400, "A purge takes a path of letters, digits, /, ., _ and -"));
        }
        if (!std.ban("obj.http.X-Claimdesk-Path == " + req.url)) {
            return (synth(400, std.ban_error()));
        }
    }
    return (synth(200, "Purged"));
}

sub vcl_recv {
    call claimdesk_pick_backend;
    unset req.http.X-Claimdesk-Session;
    unset req.http.X-Claimdesk-Variant;
    unset req.http.X-Claimdesk-Cache;
    if (req.method == "PURGE") {
        call claimdesk_purge;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Next-Action || req.url ~ "^/(desk|login|api)([/?]|$)") {
        return (pass);
    }
    call claimdesk_has_session;
    if (req.http.X-Claimdesk-Session || req.http.Authorization) {
        return (pass);
    }
    call claimdesk_cache_key;
    return (hash);
}

sub vcl_hash {
    # The Host header is left out on purpose: one site, and the app's purges name paths only.
    hash_data(req.url);
    hash_data(req.http.X-Claimdesk-Variant);
    return (lookup);
}

sub vcl_hit {
    set req.http.X-Claimdesk-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Claimdesk-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Claimdesk-Cache = "PASS";
}

sub vcl_backend_response {
    # The path without query string, for purges (see claimdesk_purge).
    set beresp.http.X-Claimdesk-Path = regsub(bereq.url, "[?#].*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie) {
        # Never stored; remembered as "fetch this one from the app" for two minutes.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Reader pages carry their language in the path (/id/..., /en/...); the unprefixed addresses
    # only answer a private redirect to the reader's language, which is never kept.
    if (bereq.url ~ "^/(id|en)(/(claims|sources)/|/(methodology|corrections|about)([?]|$)|[?]|$)" ||
        bereq.url ~ "^/(claims[.](csv|json)|feed[.]xml|sitemap[.]xml|robots[.]txt)([?]|$)") {
        # Reader pages and feeds: the app purges them when they change, so they are kept for an
        # hour whatever the app's own header says (the index is rendered per request in the app).
        if (beresp.status == 200 || beresp.status == 301 || beresp.status == 308) {
            set beresp.ttl = 1h;
            set beresp.grace = 10s;
            return (deliver);
        }
        if (beresp.status == 404) {
            # Unknown ids: briefly, so a flood of made-up addresses costs the app little.
            set beresp.ttl = 10s;
            set beresp.grace = 0s;
            return (deliver);
        }
        # An outage's 503 or an error is never kept.
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.X-Claimdesk-Path;
    set resp.http.X-Cache = req.http.X-Claimdesk-Cache;
}
