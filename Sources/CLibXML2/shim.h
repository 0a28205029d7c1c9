#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// The system ICU clashes with Foundation's own ICU; libxml2 does not need it here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void cxml_free(void *pointer) { xmlFree(pointer); }

#endif
