// libvips for Swift. Its calls take optional arguments as NULL-terminated varargs, which Swift cannot
// pass, so each call Koho makes has a small inline wrapper here with its options fixed.
#include <vips/vips.h>
#include <string.h>

/// Starts libvips once for the process: one worker thread per image (Koho runs images on every core
/// itself), no operation cache (each image is used once). Returns 0 on success.
static inline int koho_vips_start(void) {
    if (vips_init("koho") != 0) return -1;
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_cache_set_max_files(0);
    return 0;
}

/// The last error's text, cleared; the caller frees it with g_free.
static inline char *koho_vips_take_error(void) {
    char *text = g_strdup(vips_error_buffer());
    vips_error_clear();
    return text;
}

/// The name of the loader libvips would use for these bytes ("jpegload_buffer"…), or NULL when none.
static inline const char *koho_vips_loader(const void *bytes, size_t length) {
    const char *name = vips_foreign_find_load_buffer(bytes, length);
    if (name == NULL) vips_error_clear();
    return name;
}

/// The image's header only (no pixels decoded); NULL on failure. `bytes` must outlive the image.
static inline VipsImage *koho_vips_header(const void *bytes, size_t length) {
    return vips_image_new_from_buffer(bytes, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// The EXIF orientation (1–8), 1 when there is none.
static inline int koho_vips_orientation(VipsImage *image) {
    int orientation = 1;
    if (vips_image_get_typeof(image, VIPS_META_ORIENTATION) &&
        vips_image_get_int(image, VIPS_META_ORIENTATION, &orientation) != 0) {
        vips_error_clear();
        orientation = 1;
    }
    return orientation;
}

/// Decoded, orientation applied, colour-managed to sRGB, shrunk to `width` (never enlarged) and held in
/// memory; a truncated or damaged file fails. NULL on failure.
static inline VipsImage *koho_vips_thumbnail(const void *bytes, size_t length, int width) {
    VipsImage *out = NULL;
    if (vips_thumbnail_buffer((void *)bytes, length, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
            "option_string", "fail_on=truncated", "export_profile", "srgb", NULL) != 0)
        return NULL;
    VipsImage *memory = vips_image_copy_memory(out);
    g_object_unref(out);
    return memory;
}

/// `image` shrunk to `width`, never enlarged. NULL on failure.
static inline VipsImage *koho_vips_shrink(VipsImage *image, int width) {
    VipsImage *out = NULL;
    if (vips_thumbnail_image(image, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, "no_rotate", TRUE,
            NULL) != 0)
        return NULL;
    return out;
}

/// `image` as 8 bits per band (16-bit PNGs are converted through their colour space). A new reference.
static inline VipsImage *koho_vips_eight_bit(VipsImage *image) {
    VipsImage *out = NULL;
    VipsInterpretation kind = vips_image_get_interpretation(image);
    if (vips_image_get_format(image) == VIPS_FORMAT_UCHAR) {
        g_object_ref(image);
        return image;
    }
    int failed;
    if (kind == VIPS_INTERPRETATION_GREY16 || kind == VIPS_INTERPRETATION_B_W)
        failed = vips_colourspace(image, &out, VIPS_INTERPRETATION_B_W, NULL);
    else
        failed = vips_colourspace(image, &out, VIPS_INTERPRETATION_sRGB, NULL);
    if (failed) return NULL;
    if (vips_image_get_format(out) != VIPS_FORMAT_UCHAR) {
        VipsImage *cast = NULL;
        failed = vips_cast(out, &cast, VIPS_FORMAT_UCHAR, NULL);
        g_object_unref(out);
        if (failed) return NULL;
        out = cast;
    }
    return out;
}

/// A copy of `image` with every piece of metadata removed (EXIF, GPS, XMP, IPTC, ICC, comments): the savers'
/// `strip` is not enough, since libvips 8.14's WebP saver writes EXIF and ICC even with it. NULL on failure.
static inline VipsImage *koho_vips_without_metadata(VipsImage *image) {
    VipsImage *copy = NULL;
    if (vips_copy(image, &copy, NULL) != 0) return NULL;
    gchar **names = vips_image_get_fields(copy);
    for (int i = 0; names != NULL && names[i] != NULL; i++) {
        // The header fields (width, bands, …) cannot be removed and are kept by vips_image_remove.
        vips_image_remove(copy, names[i]);
    }
    g_strfreev(names);
    return copy;
}

/// The formats Koho writes.
typedef enum { KOHO_SAVE_JPEG = 0, KOHO_SAVE_PNG = 1, KOHO_SAVE_WEBP = 2, KOHO_SAVE_AVIF = 3 } KohoSaveFormat;

/// `image` encoded with every piece of metadata left out (EXIF, XMP, IPTC, ICC: the pixels are sRGB); the
/// caller frees `*bytes` with g_free. Returns 0 on success.
static inline int koho_vips_save(VipsImage *image, KohoSaveFormat format, int quality, int effort, void **bytes,
    size_t *length) {
    switch (format) {
    case KOHO_SAVE_JPEG:
        return vips_jpegsave_buffer(image, bytes, length, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
            "interlace", TRUE, NULL);
    case KOHO_SAVE_PNG:
        return vips_pngsave_buffer(image, bytes, length, "strip", TRUE, "compression", 9, NULL);
    case KOHO_SAVE_WEBP:
        return vips_webpsave_buffer(image, bytes, length, "Q", quality, "strip", TRUE, "effort", effort, NULL);
    case KOHO_SAVE_AVIF:
        return vips_heifsave_buffer(image, bytes, length, "Q", quality, "strip", TRUE, "effort", effort,
            "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, NULL);
    }
    return -1;
}

/// A test image: `width`×`height` of smooth colour (deterministic), 3 bands, 8 bits.
static inline VipsImage *koho_vips_gradient(int width, int height, int seed) {
    VipsImage *xy = NULL, *bands = NULL, *out = NULL;
    if (vips_xyz(&xy, width, height, NULL) != 0) return NULL;
    VipsImage *x = NULL, *y = NULL;
    vips_extract_band(xy, &x, 0, NULL);
    vips_extract_band(xy, &y, 1, NULL);
    VipsImage *parts[3];
    double scale = 255.0 / (width > 1 ? width : 1), scaleY = 255.0 / (height > 1 ? height : 1);
    vips_linear1(x, &parts[0], scale, (double)(seed * 37 % 256), NULL);
    vips_linear1(y, &parts[1], scaleY, (double)(seed * 91 % 256), NULL);
    VipsImage *sum = NULL;
    vips_add(x, y, &sum, NULL);
    vips_linear1(sum, &parts[2], 0.5 * scale, (double)(seed * 13 % 256), NULL);
    vips_bandjoin(parts, &bands, 3, NULL);
    vips_cast(bands, &out, VIPS_FORMAT_UCHAR, NULL);
    g_object_unref(xy); g_object_unref(x); g_object_unref(y); g_object_unref(sum);
    for (int i = 0; i < 3; i++) g_object_unref(parts[i]);
    g_object_unref(bands);
    return out;
}

/// `image` as a JPEG carrying EXIF: an orientation and a GPS position (for tests and the benchmark).
static inline int koho_vips_jpeg_with_exif(VipsImage *image, int orientation, void **bytes, size_t *length) {
    VipsImage *copy = NULL;
    if (vips_copy(image, &copy, NULL) != 0) return -1;
    vips_image_set_int(copy, VIPS_META_ORIENTATION, orientation);
    vips_image_set_string(copy, "exif-ifd3-GPSLatitude", "35/1 41/1 0/1");
    vips_image_set_string(copy, "exif-ifd3-GPSLatitudeRef", "N");
    vips_image_set_string(copy, "exif-ifd3-GPSLongitude", "139/1 41/1 0/1");
    vips_image_set_string(copy, "exif-ifd3-GPSLongitudeRef", "E");
    vips_image_set_string(copy, "exif-ifd0-Make", "KohoTest");
    int failed = vips_jpegsave_buffer(copy, bytes, length, "Q", 85, NULL);
    g_object_unref(copy);
    return failed;
}
