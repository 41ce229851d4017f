#pragma once

#include "FieldMapping.h"
#include "HeaderMatcher.h"

namespace cd::io {

// Which influencer field each column of an influencer file goes to (see BasicColumnMapping).
using ColumnMapping = BasicColumnMapping<InfluencerField>;
using MappingLoadResult = BasicMappingLoadResult<InfluencerField>;

extern template class BasicColumnMapping<InfluencerField>;

} // namespace cd::io
