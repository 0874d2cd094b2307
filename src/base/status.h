// Errors as values. A Status is ok or carries a message that names the place
// (file, line or byte) and the reason; Result<T> is a value or a Status.
// Exceptions never cross a stage's door.
#ifndef CLAIMGRAPH_BASE_STATUS_H_
#define CLAIMGRAPH_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace claimgraph {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_STATUS_H_
