// A union-find (disjoint sets) over 0..n-1, with path halving. Which sets
// there are does not depend on the order of the Join() calls; the root a
// set reports does, so callers that name sets sort by a member instead.
//
// Example:
//   UnionFind u(4);
//   u.Join(0, 2);
//   // u.Find(0) == u.Find(2), u.Count() == 3
#ifndef QUOTES_CROSSCHECK_UNION_FIND_H_
#define QUOTES_CROSSCHECK_UNION_FIND_H_

#include <cstddef>
#include <numeric>
#include <vector>

namespace quotes {
namespace internal {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root becomes the root of both: the root is the set's first
  // member when joins go from lower to higher indices.
  void Join(size_t a, size_t b) {
    const size_t ra = Find(a), rb = Find(b);
    if (ra < rb) {
      parent_[rb] = ra;
    } else {
      parent_[ra] = rb;
    }
  }
  int Count() {
    int n = 0;
    for (size_t i = 0; i < parent_.size(); ++i) n += Find(i) == i;
    return n;
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_UNION_FIND_H_
