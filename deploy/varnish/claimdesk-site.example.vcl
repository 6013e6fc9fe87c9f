# The site-specific part of deploy/varnish/claimdesk.vcl: the app instances and the addresses
# allowed to purge. Copy to claimdesk-site.vcl on Varnish's vcl_path (e.g. /etc/varnish/) and edit.
# Add one backend per app instance and add it to the director; probes take a dead one out.

backend app1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = claimdesk_probe;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = claimdesk_probe;
    .first_byte_timeout = 30s;
}

sub vcl_init {
    new claimdesk_app = directors.round_robin();
    claimdesk_app.add_backend(app1);
    claimdesk_app.add_backend(app2);
}

sub claimdesk_pick_backend {
    set req.backend_hint = claimdesk_app.backend();
}

# The app instances send their purges from these addresses (CACHE_PURGE_TARGETS points at Varnish).
acl claimdesk_purgers {
    "127.0.0.1";
    "::1";
}
