"""Pages of the directives app, one module per concept. Thin views: parse with a form, call one selector or
one service (through core.views.call_service), render."""
