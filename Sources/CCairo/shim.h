// Cairo draws; FreeType loads DejaVu Sans from its file, so text does not depend on fontconfig's
// choice of font and rendered PNGs are the same bytes on every machine with the same fonts.
#include <cairo.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
