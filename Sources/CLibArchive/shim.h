#include <archive.h>
#include <archive_entry.h>

/// The file-type bits of a regular file (`AE_IFREG` is a macro Swift cannot import).
static inline unsigned int clibarchive_regular_file_type(void) { return (unsigned int)AE_IFREG; }
