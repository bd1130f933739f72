// libyaml's public header (Debian: libyaml-dev, pkg-config yaml-0.1). RegionGraphIO reads YAML
// from libyaml's events in one file: Sources/RegionGraphIO/Loading/YAMLNode+Composing.swift.
#ifndef REGIONGRAPH_CLIBYAML_SHIM_H
#define REGIONGRAPH_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
