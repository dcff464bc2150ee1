#pragma once

namespace Core::Analysis {

// vmime needs its platform handler set once, before anything else touches it.
class VmimeRuntime {
public:
    static void ensureInitialized();
};

} // namespace Core::Analysis
