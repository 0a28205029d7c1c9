#ifndef CVIPS_SHIM_H
#define CVIPS_SHIM_H

#include <vips/vips.h>

/* Swift cannot call the VIPS_INIT macro or libvips' variadic operations: each call used is wrapped here. */

static inline int cvips_init(const char *program) { return VIPS_INIT(program); }

static inline void cvips_drop_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

/* libvips prints decoder warnings to stderr; callers get the same problems as typed errors instead. */
static inline void cvips_quiet_warnings(void) {
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, cvips_drop_message, NULL);
}

/* Opens an image from memory, reading only its header until pixels are asked for. */
static inline VipsImage *cvips_open_buffer(const void *bytes, size_t length) {
    return vips_image_new_from_buffer(bytes, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/* Shrinks to fit within width x height, keeping the aspect ratio and never enlarging. */
static inline int cvips_thumbnail_buffer(const void *bytes, size_t length, VipsImage **out, int width, int height) {
    return vips_thumbnail_buffer((void *)bytes, length, out, width, "height", height, "size", VIPS_SIZE_DOWN, NULL);
}

/* Replaces transparency with white, for formats without an alpha channel. */
static inline int cvips_flatten_white(VipsImage *in, VipsImage **out) {
    double white[3] = {255.0, 255.0, 255.0};
    VipsArrayDouble *background = vips_array_double_new(white, 3);
    int status = vips_flatten(in, out, "background", background, NULL);
    vips_area_unref(VIPS_AREA(background));
    return status;
}

static inline int cvips_pngsave_buffer(VipsImage *in, void **bytes, size_t *length) {
    return vips_pngsave_buffer(in, bytes, length, "strip", TRUE, NULL);
}

static inline int cvips_jpegsave_buffer(VipsImage *in, void **bytes, size_t *length, int quality) {
    return vips_jpegsave_buffer(in, bytes, length, "Q", quality, "strip", TRUE, NULL);
}

static inline void cvips_unref(VipsImage *image) { g_object_unref(image); }

static inline void cvips_free(void *bytes) { g_free(bytes); }

#endif
