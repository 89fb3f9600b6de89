// Qt's property system (Debian qtbase5-dev): QObjects with Q_PROPERTYs (moc reads this
// header), reached by name through QObject::setProperty / property and
// QMetaObject::invokeMethod. The Component's setters make the HowTo's checks; Qt's setters
// cannot report a failure through setProperty, so a rejected value is dropped.
#pragma once
#include <QtCore/QMetaObject>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QVariant>

#include "data.hpp"

namespace qt {

class Point : public QObject {
  Q_OBJECT
  Q_PROPERTY(int x MEMBER x)
 public:
  int x = 0;
};

class Person : public QObject {
  Q_OBJECT
  Q_PROPERTY(int age READ age WRITE setAge)
 public:
  int age() const { return years; }
  void setAge(int v) { years = v; }
  int years = 0;
};

class Counter : public QObject {
  Q_OBJECT
 public:
  Q_INVOKABLE int add(int k) { return n += k; }
  int n = 0;
};

class Temperature : public QObject {
  Q_OBJECT
  Q_PROPERTY(double celsius READ celsius)
 public:
  double celsius() const { return kelvin - 273.15; }
  double kelvin = 0;
};

class B0 : public QObject {
  Q_OBJECT
  Q_PROPERTY(int a MEMBER a)
 public:
  int a = 0;
};
class B1 : public B0 { Q_OBJECT };
class B2 : public B1 { Q_OBJECT };
class B3 : public B2 { Q_OBJECT };
class B4 : public B3 { Q_OBJECT };

class Component : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString name READ name WRITE setName)
  Q_PROPERTY(QString kind READ kind WRITE setKind)
  Q_PROPERTY(int quantity READ quantity WRITE setQuantity)
 public:
  QString name() const { return name_; }
  void setName(const QString& v) {
    qsizetype n = v.size();        // UTF-16 units: code points for these inputs
    if (n < 3 || n > 10) return;
    bool cased = false;
    for (QChar c : v) {
      if (c >= u'a' && c <= u'z') return;
      cased = cased || (c >= u'A' && c <= u'Z');
    }
    if (!cased) return;
    name_ = v;
  }
  QString kind() const { return kind_; }
  void setKind(const QString& v) {
    if (v != u"wood" && v != u"metal" && v != u"plastic") return;
    kind_ = v;
  }
  int quantity() const { return quantity_; }
  void setQuantity(int v) {
    if (v < 0) return;
    quantity_ = v;
  }

 private:
  QString name_, kind_;
  int quantity_ = 0;
};

}  // namespace qt

namespace bench {

inline QString qnames[4], qkinds[4];

inline void qt_field_get(std::size_t i) {
  keep(objects<qt::Point>[i & mask].property("x").toInt());
}
inline void qt_field_set(std::size_t i) {
  objects<qt::Point>[i & mask].setProperty("x", ints[i & mask]);
  stored();
}
inline void qt_data_get(std::size_t i) {
  keep(objects<qt::Person>[i & mask].property("age").toInt());
}
inline void qt_data_set(std::size_t i) {
  objects<qt::Person>[i & mask].setProperty("age", ints[i & mask]);
  stored();
}
inline void qt_validated_set(std::size_t i) {
  auto& c = objects<qt::Component>[i & mask];
  c.setProperty("name", qnames[i & 3]);
  c.setProperty("kind", qkinds[i & 3]);
  c.setProperty("quantity", ints[i & mask]);
  stored();
}
inline void qt_method_call(std::size_t i) {
  int r = 0;
  QMetaObject::invokeMethod(&objects<qt::Counter>[i & mask], "add", Qt::DirectConnection,
                            Q_RETURN_ARG(int, r), Q_ARG(int, ints[i & mask]));
  keep(r);
}
inline void qt_property_get(std::size_t i) {
  keep(objects<qt::Temperature>[i & mask].property("celsius").toDouble());
}
inline void qt_inherit5_get(std::size_t i) {
  keep(objects<qt::B4>[i & mask].property("a").toInt());
}

inline void fill_qt() {
  for (std::size_t i = 0; i != 4; ++i) {
    qnames[i] = QString::fromStdString(names[i]);
    qkinds[i] = QString::fromStdString(kinds[i]);
  }
  for (std::size_t i = 0; i != count; ++i) {
    objects<qt::Point>[i].x = ints[i];
    objects<qt::Person>[i].years = ints[i];
    objects<qt::Temperature>[i].kelvin = doubles[i];
    objects<qt::B4>[i].a = ints[i];
  }
}

}  // namespace bench

#define DESCR_BENCH_QT(X)                                   \
  X("field_get", "qt", bench::qt_field_get)                  \
  X("field_set", "qt", bench::qt_field_set)                  \
  X("data_descriptor_get", "qt", bench::qt_data_get)         \
  X("data_descriptor_set", "qt", bench::qt_data_set)         \
  X("validated_set", "qt", bench::qt_validated_set)          \
  X("method_call", "qt", bench::qt_method_call)              \
  X("property_get", "qt", bench::qt_property_get)            \
  X("inherit5_get", "qt", bench::qt_inherit5_get)
