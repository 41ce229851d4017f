#include "ColumnMapping.h"

#include "FieldMappingImpl.h"

namespace cd::io {

std::string MappingError::toString() const
{
    return (path.empty() ? std::string("mapping file") : "mapping file at " + path) + ": " +
           message;
}

template class BasicColumnMapping<InfluencerField>;

} // namespace cd::io
