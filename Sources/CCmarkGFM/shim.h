// cmark-gfm and its GFM extensions (tables, strikethrough, autolink, tagfilter, tasklist).
// libcmark-gfm-extensions-dev ships no pkg-config file, so the module map links it by name.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
