#ifndef REGIONGRAPH_CGRAPHVIZ_SHIM_H
#define REGIONGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

#endif
